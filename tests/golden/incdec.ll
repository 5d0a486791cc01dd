; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_per_fd = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_total = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !52

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !73 {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !79
  %tmp2 = alloca [1 x i64], align 8, !dbg !79
  %tmp1 = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %rec.lost, %stat.inc23, %rec.fill, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !81
  %6 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !81
  store i64 0, i64* %6, align 8, !dbg !81
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_total to i8*), i8* nonnull %5) #0, !dbg !81
  %.not = icmp eq i8* %7, null, !dbg !81
  br i1 %.not, label %map.done, label %map.read, !dbg !81

map.read:                                         ; preds = %pid.match
  %8 = bitcast i8* %7 to i64*, !dbg !81
  %9 = load i64, i64* %8, align 8, !dbg !81
  %phi.bo = add i64 %9, 1, !dbg !81
  br label %map.done, !dbg !81

map.done:                                         ; preds = %map.read, %pid.match
  %10 = phi i64 [ 1, %pid.match ], [ %phi.bo, %map.read ]
  %11 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !81
  %12 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !81
  store i64 %10, i64* %12, align 8, !dbg !81
  %13 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !81
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !81
  store i64 0, i64* %14, align 8, !dbg !81
  %15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_total to i8*), i8* nonnull %13, i8* nonnull %11, i64 0) #0, !dbg !81
  %16 = icmp slt i64 %15, 0, !dbg !81
  br i1 %16, label %map.full, label %map.stored, !dbg !81

map.full:                                         ; preds = %map.done
  %17 = bitcast i32* %zero to i8*, !dbg !81
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !81
  %.not40 = icmp eq i8* %18, null, !dbg !81
  br i1 %.not40, label %map.stored, label %stat.inc, !dbg !81

map.stored:                                       ; preds = %map.full, %stat.inc, %map.done
  store i64 0, i64* %6, align 8, !dbg !82
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_total to i8*), i8* nonnull %5) #0, !dbg !82
  %.not29 = icmp eq i8* %19, null, !dbg !82
  br i1 %.not29, label %map.done5, label %map.read4, !dbg !82

stat.inc:                                         ; preds = %map.full
  %20 = getelementptr i8, i8* %18, i64 16, !dbg !81
  %21 = bitcast i8* %20 to i64*, !dbg !81
  %22 = load i64, i64* %21, align 8, !dbg !81
  %23 = add i64 %22, 1, !dbg !81
  store i64 %23, i64* %21, align 8, !dbg !81
  br label %map.stored, !dbg !81

map.read4:                                        ; preds = %map.stored
  %24 = bitcast i8* %19 to i64*, !dbg !82
  %25 = load i64, i64* %24, align 8, !dbg !82
  %phi.bo30 = add i64 %25, -1, !dbg !82
  br label %map.done5, !dbg !82

map.done5:                                        ; preds = %map.read4, %map.stored
  %26 = phi i64 [ -1, %map.stored ], [ %phi.bo30, %map.read4 ]
  store i64 %26, i64* %12, align 8, !dbg !82
  store i64 0, i64* %14, align 8, !dbg !82
  %27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_total to i8*), i8* nonnull %13, i8* nonnull %11, i64 0) #0, !dbg !82
  %28 = icmp slt i64 %27, 0, !dbg !82
  br i1 %28, label %map.full6, label %map.stored7, !dbg !82

map.full6:                                        ; preds = %map.done5
  %29 = bitcast i32* %zero to i8*, !dbg !82
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !82
  %.not39 = icmp eq i8* %30, null, !dbg !82
  br i1 %.not39, label %map.stored7, label %stat.inc8, !dbg !82

map.stored7:                                      ; preds = %map.full6, %stat.inc8, %map.done5
  %31 = getelementptr i8, i8* %ctx, i64 16, !dbg !83
  %32 = bitcast i8* %31 to i32*, !dbg !83
  %33 = load i32, i32* %32, align 4, !dbg !83
  %34 = zext i32 %33 to i64, !dbg !83
  store i64 %34, i64* %6, align 8, !dbg !83
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per_fd to i8*), i8* nonnull %5) #0, !dbg !83
  %.not31 = icmp eq i8* %35, null, !dbg !83
  br i1 %.not31, label %map.done11, label %map.read10, !dbg !83

stat.inc8:                                        ; preds = %map.full6
  %36 = getelementptr i8, i8* %30, i64 16, !dbg !82
  %37 = bitcast i8* %36 to i64*, !dbg !82
  %38 = load i64, i64* %37, align 8, !dbg !82
  %39 = add i64 %38, 1, !dbg !82
  store i64 %39, i64* %37, align 8, !dbg !82
  br label %map.stored7, !dbg !82

map.read10:                                       ; preds = %map.stored7
  %40 = bitcast i8* %35 to i64*, !dbg !83
  %41 = load i64, i64* %40, align 8, !dbg !83
  %phi.bo32 = add i64 %41, 1, !dbg !83
  br label %map.done11, !dbg !83

map.done11:                                       ; preds = %map.read10, %map.stored7
  %42 = phi i64 [ 1, %map.stored7 ], [ %phi.bo32, %map.read10 ]
  store i64 %42, i64* %12, align 8, !dbg !83
  %43 = load i32, i32* %32, align 4, !dbg !83
  %44 = zext i32 %43 to i64, !dbg !83
  store i64 %44, i64* %14, align 8, !dbg !83
  %45 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per_fd to i8*), i8* nonnull %13, i8* nonnull %11, i64 0) #0, !dbg !83
  %46 = icmp slt i64 %45, 0, !dbg !83
  br i1 %46, label %map.full12, label %map.stored13, !dbg !83

map.full12:                                       ; preds = %map.done11
  %47 = bitcast i32* %zero to i8*, !dbg !83
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #0, !dbg !83
  %.not38 = icmp eq i8* %48, null, !dbg !83
  br i1 %.not38, label %map.stored13, label %stat.inc14, !dbg !83

map.stored13:                                     ; preds = %map.full12, %stat.inc14, %map.done11
  %49 = load i32, i32* %32, align 4, !dbg !84
  %50 = zext i32 %49 to i64, !dbg !84
  store i64 %50, i64* %6, align 8, !dbg !84
  %51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per_fd to i8*), i8* nonnull %5) #0, !dbg !84
  %.not33 = icmp eq i8* %51, null, !dbg !84
  br i1 %.not33, label %map.done17, label %map.read16, !dbg !84

stat.inc14:                                       ; preds = %map.full12
  %52 = getelementptr i8, i8* %48, i64 8, !dbg !83
  %53 = bitcast i8* %52 to i64*, !dbg !83
  %54 = load i64, i64* %53, align 8, !dbg !83
  %55 = add i64 %54, 1, !dbg !83
  store i64 %55, i64* %53, align 8, !dbg !83
  br label %map.stored13, !dbg !83

map.read16:                                       ; preds = %map.stored13
  %56 = bitcast i8* %51 to i64*, !dbg !84
  %57 = load i64, i64* %56, align 8, !dbg !84
  %phi.bo34 = add i64 %57, -1, !dbg !84
  br label %map.done17, !dbg !84

map.done17:                                       ; preds = %map.read16, %map.stored13
  %58 = phi i64 [ -1, %map.stored13 ], [ %phi.bo34, %map.read16 ]
  store i64 %58, i64* %12, align 8, !dbg !84
  %59 = load i32, i32* %32, align 4, !dbg !84
  %60 = zext i32 %59 to i64, !dbg !84
  store i64 %60, i64* %14, align 8, !dbg !84
  %61 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per_fd to i8*), i8* nonnull %13, i8* nonnull %11, i64 0) #0, !dbg !84
  %62 = icmp slt i64 %61, 0, !dbg !84
  br i1 %62, label %map.full18, label %map.stored19, !dbg !84

map.full18:                                       ; preds = %map.done17
  %63 = bitcast i32* %zero to i8*, !dbg !84
  %64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %63) #0, !dbg !84
  %.not37 = icmp eq i8* %64, null, !dbg !84
  br i1 %.not37, label %map.stored19, label %stat.inc20, !dbg !84

map.stored19:                                     ; preds = %map.full18, %stat.inc20, %map.done17
  %65 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !85
  %.not35 = icmp eq i8* %65, null, !dbg !85
  br i1 %.not35, label %rec.lost, label %rec.fill, !dbg !85

stat.inc20:                                       ; preds = %map.full18
  %66 = getelementptr i8, i8* %64, i64 8, !dbg !84
  %67 = bitcast i8* %66 to i64*, !dbg !84
  %68 = load i64, i64* %67, align 8, !dbg !84
  %69 = add i64 %68, 1, !dbg !84
  store i64 %69, i64* %67, align 8, !dbg !84
  br label %map.stored19, !dbg !84

rec.fill:                                         ; preds = %map.stored19
  %70 = bitcast i8* %65 to i64*, !dbg !85
  store i64 2, i64* %70, align 8, !dbg !85
  %71 = getelementptr i8, i8* %65, i64 8, !dbg !85
  %72 = bitcast i8* %71 to i64*, !dbg !85
  store i64 0, i64* %72, align 8, !dbg !85
  %73 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !85
  %74 = icmp ugt i64 %73, 65536, !dbg !85
  %75 = select i1 %74, i64 2, i64 1, !dbg !85
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %65, i64 %75) #0, !dbg !85
  br label %return, !dbg !85

rec.lost:                                         ; preds = %map.stored19
  %76 = bitcast i32* %zero to i8*, !dbg !85
  %77 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %76) #0, !dbg !85
  %.not36 = icmp eq i8* %77, null, !dbg !85
  br i1 %.not36, label %return, label %stat.inc23, !dbg !85

stat.inc23:                                       ; preds = %rec.lost
  %78 = bitcast i8* %77 to i64*, !dbg !85
  %79 = load i64, i64* %78, align 8, !dbg !85
  %80 = add i64 %79, 1, !dbg !85
  store i64 %80, i64* %78, align 8, !dbg !85
  br label %return, !dbg !85
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "incdec.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !52}
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
!29 = distinct !DIGlobalVariable(name: "m_per_fd", linkageName: "m_per_fd", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !43}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !44, size: 64, align: 64, offset: 192)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_total", linkageName: "m_total", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !50, !43}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 128)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !54, isLocal: false, isDefinition: true, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 320, align: 8, elements: !57)
!56 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!57 = !{!58}
!58 = !DISubrange(count: 40, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 2, type: !76)
!79 = !DILocation(line: 2, scope: !73)
!80 = !DILocation(line: 2, column: 1, scope: !73)
!81 = !DILocation(line: 8, column: 2, scope: !73)
!82 = !DILocation(line: 9, column: 2, scope: !73)
!83 = !DILocation(line: 10, column: 2, scope: !73)
!84 = !DILocation(line: 11, column: 2, scope: !73)
!85 = !DILocation(line: 12, column: 2, scope: !73)
