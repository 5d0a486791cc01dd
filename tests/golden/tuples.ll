; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_tk = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !50
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !69
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !75

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !98 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !104
  %tmp = alloca [3 x i64], align 8, !dbg !104
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !103, metadata !DIExpression()), !dbg !104
  %zero = alloca i32, align 4, !dbg !105
  store i32 0, i32* %zero, align 4, !dbg !105
  %0 = bitcast i32* %zero to i8*, !dbg !105
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !105
  %.not = icmp eq i8* %1, null, !dbg !105
  br i1 %.not, label %return, label %body, !dbg !105

body:                                             ; preds = %entry
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(136) %1, i8 0, i64 136, i1 false), !dbg !105
  %2 = bitcast i8* %1 to i64*, !dbg !106
  store i64 1, i64* %2, align 8, !dbg !106
  %3 = getelementptr i8, i8* %1, i64 8, !dbg !106
  store i8 116, i8* %3, align 1, !dbg !106
  %4 = getelementptr i8, i8* %1, i64 9, !dbg !106
  store i8 119, i8* %4, align 1, !dbg !106
  %5 = getelementptr i8, i8* %1, i64 10, !dbg !106
  store i8 111, i8* %5, align 1, !dbg !106
  %6 = getelementptr i8, i8* %1, i64 11, !dbg !106
  store i8 0, i8* %6, align 1, !dbg !106
  %7 = getelementptr i8, i8* %1, i64 72, !dbg !106
  %8 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %7, i32 16) #0, !dbg !106
  %9 = load i64, i64* %2, align 8, !dbg !107
  %10 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 144, i64 0) #0, !dbg !107
  %.not18 = icmp eq i8* %10, null, !dbg !107
  br i1 %.not18, label %rec.lost, label %rec.fill, !dbg !107

return:                                           ; preds = %rec.lost14, %stat.inc16, %rec.fill13, %entry
  ret i32 0, !dbg !105

rec.fill:                                         ; preds = %body
  %11 = bitcast i8* %10 to i64*, !dbg !107
  store i64 1, i64* %11, align 8, !dbg !107
  %12 = getelementptr i8, i8* %10, i64 8, !dbg !107
  %13 = bitcast i8* %12 to i64*, !dbg !107
  store i64 %9, i64* %13, align 8, !dbg !107
  %14 = getelementptr i8, i8* %10, i64 16, !dbg !107
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %14, i8* noundef nonnull align 1 dereferenceable(64) %3, i64 64, i1 false), !dbg !107
  %15 = getelementptr i8, i8* %10, i64 80, !dbg !107
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %15, i8* noundef nonnull align 1 dereferenceable(64) %7, i64 64, i1 false), !dbg !107
  %16 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !107
  %17 = icmp ugt i64 %16, 65536, !dbg !107
  %18 = select i1 %17, i64 2, i64 1, !dbg !107
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %10, i64 %18) #0, !dbg !107
  br label %rec.done, !dbg !107

rec.lost:                                         ; preds = %body
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !107
  %.not19 = icmp eq i8* %19, null, !dbg !107
  br i1 %.not19, label %rec.done, label %stat.inc, !dbg !107

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %20 = bitcast [3 x i64]* %tmp to i8*, !dbg !108
  %21 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !108
  %pid = lshr i64 %21, 32, !dbg !108
  %22 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !108
  store i64 %pid, i64* %22, align 8, !dbg !108
  %23 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !108
  %24 = bitcast i64* %23 to i8*, !dbg !108
  %25 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %24, i32 16) #0, !dbg !108
  %26 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !108
  %27 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !108
  store i64 0, i64* %27, align 8, !dbg !108
  %28 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %26, i8* nonnull %20, i64 0) #0, !dbg !108
  %29 = icmp slt i64 %28, 0, !dbg !108
  br i1 %29, label %map.full, label %map.stored, !dbg !108

stat.inc:                                         ; preds = %rec.lost
  %30 = bitcast i8* %19 to i64*, !dbg !107
  %31 = load i64, i64* %30, align 8, !dbg !107
  %32 = add i64 %31, 1, !dbg !107
  store i64 %32, i64* %30, align 8, !dbg !107
  br label %rec.done, !dbg !107

map.full:                                         ; preds = %rec.done
  %33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !108
  %.not25 = icmp eq i8* %33, null, !dbg !108
  br i1 %.not25, label %map.stored, label %stat.inc2, !dbg !108

map.stored:                                       ; preds = %map.full, %stat.inc2, %rec.done
  store i8 97, i8* %20, align 8, !dbg !109
  %34 = getelementptr inbounds i8, i8* %20, i64 1, !dbg !109
  store i8 0, i8* %34, align 1, !dbg !109
  store i64 2, i64* %23, align 8, !dbg !109
  store i64 1, i64* %27, align 8, !dbg !109
  %35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_tk to i8*), i8* nonnull %26, i8* nonnull %20, i64 0) #0, !dbg !109
  %36 = icmp slt i64 %35, 0, !dbg !109
  br i1 %36, label %map.full4, label %map.stored5, !dbg !109

stat.inc2:                                        ; preds = %map.full
  %37 = getelementptr i8, i8* %33, i64 8, !dbg !108
  %38 = bitcast i8* %37 to i64*, !dbg !108
  %39 = load i64, i64* %38, align 8, !dbg !108
  %40 = add i64 %39, 1, !dbg !108
  store i64 %40, i64* %38, align 8, !dbg !108
  br label %map.stored, !dbg !108

map.full4:                                        ; preds = %map.stored
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !109
  %.not24 = icmp eq i8* %41, null, !dbg !109
  br i1 %.not24, label %map.stored5, label %stat.inc6, !dbg !109

map.stored5:                                      ; preds = %map.full4, %stat.inc6, %map.stored
  %42 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 144, i64 0) #0, !dbg !110
  %.not20 = icmp eq i8* %42, null, !dbg !110
  br i1 %.not20, label %rec.lost9, label %rec.fill8, !dbg !110

stat.inc6:                                        ; preds = %map.full4
  %43 = getelementptr i8, i8* %41, i64 16, !dbg !109
  %44 = bitcast i8* %43 to i64*, !dbg !109
  %45 = load i64, i64* %44, align 8, !dbg !109
  %46 = add i64 %45, 1, !dbg !109
  store i64 %46, i64* %44, align 8, !dbg !109
  br label %map.stored5, !dbg !109

rec.fill8:                                        ; preds = %map.stored5
  %47 = bitcast i8* %42 to i64*, !dbg !110
  store i64 4294967298, i64* %47, align 8, !dbg !110
  %48 = getelementptr i8, i8* %42, i64 8, !dbg !110
  %49 = load i64, i64* %2, align 8, !dbg !110
  %50 = bitcast i8* %48 to i64*, !dbg !110
  store i64 %49, i64* %50, align 8, !dbg !110
  %51 = getelementptr i8, i8* %42, i64 16, !dbg !110
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %51, i8* noundef nonnull align 1 dereferenceable(64) %3, i64 64, i1 false), !dbg !110
  %52 = getelementptr i8, i8* %42, i64 79, !dbg !110
  store i8 0, i8* %52, align 1, !dbg !110
  %53 = getelementptr i8, i8* %42, i64 80, !dbg !110
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %53, i8* noundef nonnull align 1 dereferenceable(64) %7, i64 64, i1 false), !dbg !110
  %54 = getelementptr i8, i8* %42, i64 143, !dbg !110
  store i8 0, i8* %54, align 1, !dbg !110
  %55 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !110
  %56 = icmp ugt i64 %55, 65536, !dbg !110
  %57 = select i1 %56, i64 2, i64 1, !dbg !110
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %42, i64 %57) #0, !dbg !110
  br label %rec.done10, !dbg !110

rec.lost9:                                        ; preds = %map.stored5
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !110
  %.not21 = icmp eq i8* %58, null, !dbg !110
  br i1 %.not21, label %rec.done10, label %stat.inc11, !dbg !110

rec.done10:                                       ; preds = %rec.lost9, %stat.inc11, %rec.fill8
  %59 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !111
  %.not22 = icmp eq i8* %59, null, !dbg !111
  br i1 %.not22, label %rec.lost14, label %rec.fill13, !dbg !111

stat.inc11:                                       ; preds = %rec.lost9
  %60 = bitcast i8* %58 to i64*, !dbg !110
  %61 = load i64, i64* %60, align 8, !dbg !110
  %62 = add i64 %61, 1, !dbg !110
  store i64 %62, i64* %60, align 8, !dbg !110
  br label %rec.done10, !dbg !110

rec.fill13:                                       ; preds = %rec.done10
  %63 = bitcast i8* %59 to i64*, !dbg !111
  store i64 8589934594, i64* %63, align 8, !dbg !111
  %64 = getelementptr i8, i8* %59, i64 8, !dbg !111
  %65 = bitcast i8* %64 to i64*, !dbg !111
  store i64 3, i64* %65, align 8, !dbg !111
  %66 = getelementptr i8, i8* %59, i64 16, !dbg !111
  %67 = bitcast i8* %66 to i64*, !dbg !111
  store i64 4, i64* %67, align 8, !dbg !111
  %68 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !111
  %69 = icmp ugt i64 %68, 65536, !dbg !111
  %70 = select i1 %69, i64 2, i64 1, !dbg !111
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %59, i64 %70) #0, !dbg !111
  br label %return, !dbg !111

rec.lost14:                                       ; preds = %rec.done10
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !111
  %.not23 = icmp eq i8* %71, null, !dbg !111
  br i1 %.not23, label %return, label %stat.inc16, !dbg !111

stat.inc16:                                       ; preds = %rec.lost14
  %72 = bitcast i8* %71 to i64*, !dbg !111
  %73 = load i64, i64* %72, align 8, !dbg !111
  %74 = add i64 %73, 1, !dbg !111
  store i64 %74, i64* %72, align 8, !dbg !111
  br label %return, !dbg !111
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!96, !97}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !84, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "tuples.tp", directory: ".")
!4 = !{!0, !5, !28, !50, !69, !75}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !43)
!43 = !{!44, !45}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !46, size: 128, align: 8, offset: 64)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 128, align: 8, elements: !48)
!47 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!48 = !{!49}
!49 = !DISubrange(count: 16, lowerBound: 0)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "m_tk", linkageName: "m_tk", scope: !2, file: !3, type: !52, isLocal: false, isDefinition: true, align: 64)
!52 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !53)
!53 = !{!32, !33, !54, !60}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !55, size: 64, align: 64, offset: 128)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !57)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !59, size: 64, align: 8)
!59 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !61, size: 64, align: 64, offset: 192)
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64, align: 64, dwarfAddressSpace: 0)
!62 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !63)
!63 = !{!64, !68}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !65, size: 16, align: 8)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 16, align: 8, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 2, lowerBound: 0)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !59, size: 64, align: 8, offset: 64)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !71, isLocal: false, isDefinition: true, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !72)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 320, align: 8, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 40, lowerBound: 0)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!77 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !78)
!78 = !{!9, !15, !20, !79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !80, size: 64, align: 64, offset: 192)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 1088, align: 8, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 136, lowerBound: 0)
!84 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !85)
!85 = !{!86, !91}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !87, size: 64, align: 64)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !89)
!89 = !{!90}
!90 = !DISubrange(count: 27, lowerBound: 0)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !92, size: 64, align: 64, offset: 64)
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 262144, lowerBound: 0)
!96 = !{i32 2, !"Debug Info Version", i32 3}
!97 = !{i32 2, !"Dwarf Version", i32 4}
!98 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !99, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !102)
!99 = !DISubroutineType(types: !100)
!100 = !{!12, !101}
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!102 = !{!103}
!103 = !DILocalVariable(name: "ctx", arg: 1, scope: !98, file: !3, line: 2, type: !101)
!104 = !DILocation(line: 2, scope: !98)
!105 = !DILocation(line: 2, column: 1, scope: !98)
!106 = !DILocation(line: 3, column: 2, scope: !98)
!107 = !DILocation(line: 4, column: 2, scope: !98)
!108 = !DILocation(line: 5, column: 2, scope: !98)
!109 = !DILocation(line: 6, column: 2, scope: !98)
!110 = !DILocation(line: 7, column: 2, scope: !98)
!111 = !DILocation(line: 8, column: 2, scope: !98)
