; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !54

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !74 {
entry:
  %tmp = alloca [4 x i64], align 8, !dbg !80
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !79, metadata !DIExpression()), !dbg !80
  %zero = alloca i32, align 4, !dbg !81
  store i32 0, i32* %zero, align 4, !dbg !81
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !82
  %.not = icmp eq i8* %0, null, !dbg !82
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !82

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !82
  store i64 1, i64* %1, align 8, !dbg !82
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !82
  %3 = getelementptr i8, i8* %0, i64 16, !dbg !82
  %4 = getelementptr i8, i8* %ctx, i64 32, !dbg !82
  %5 = bitcast i8* %2 to i64*, !dbg !82
  store i64 2, i64* %5, align 8, !dbg !82
  %6 = bitcast i8* %3 to i64*, !dbg !82
  store i64 0, i64* %6, align 8, !dbg !82
  %7 = getelementptr i8, i8* %0, i64 24, !dbg !82
  %8 = bitcast i8* %7 to i64*, !dbg !82
  store i64 0, i64* %8, align 8, !dbg !82
  %9 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %3, i32 4, i8* %4) #0, !dbg !82
  %10 = getelementptr i8, i8* %0, i64 32, !dbg !82
  %11 = getelementptr i8, i8* %0, i64 40, !dbg !82
  %12 = getelementptr i8, i8* %ctx, i64 56, !dbg !82
  %13 = bitcast i8* %10 to i64*, !dbg !82
  store i64 10, i64* %13, align 8, !dbg !82
  %14 = bitcast i8* %11 to i64*, !dbg !82
  store i64 0, i64* %14, align 8, !dbg !82
  %15 = getelementptr i8, i8* %0, i64 48, !dbg !82
  %16 = bitcast i8* %15 to i64*, !dbg !82
  store i64 0, i64* %16, align 8, !dbg !82
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %11, i32 16, i8* %12) #0, !dbg !82
  %18 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %19 = icmp ugt i64 %18, 65536, !dbg !82
  %20 = select i1 %19, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %20) #0, !dbg !82
  br label %rec.done, !dbg !82

rec.lost:                                         ; preds = %entry
  %21 = bitcast i32* %zero to i8*, !dbg !82
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !82
  %.not8 = icmp eq i8* %22, null, !dbg !82
  br i1 %.not8, label %rec.done, label %stat.inc, !dbg !82

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %23 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !83
  %.not9 = icmp eq i8* %23, null, !dbg !83
  br i1 %.not9, label %rec.lost2, label %rec.fill1, !dbg !83

stat.inc:                                         ; preds = %rec.lost
  %24 = bitcast i8* %22 to i64*, !dbg !82
  %25 = load i64, i64* %24, align 8, !dbg !82
  %26 = add i64 %25, 1, !dbg !82
  store i64 %26, i64* %24, align 8, !dbg !82
  br label %rec.done, !dbg !82

rec.fill1:                                        ; preds = %rec.done
  %27 = bitcast i8* %23 to i64*, !dbg !83
  store i64 4294967297, i64* %27, align 8, !dbg !83
  %28 = getelementptr i8, i8* %23, i64 8, !dbg !83
  %29 = bitcast i8* %28 to i64*, !dbg !83
  store i64 2, i64* %29, align 8, !dbg !83
  %30 = getelementptr i8, i8* %ctx, i64 16, !dbg !83
  %31 = bitcast i8* %30 to i32*, !dbg !83
  %32 = load i32, i32* %31, align 4, !dbg !83
  %33 = sext i32 %32 to i64, !dbg !83
  %34 = getelementptr i8, i8* %23, i64 16, !dbg !83
  %35 = bitcast i8* %34 to i64*, !dbg !83
  store i64 %33, i64* %35, align 8, !dbg !83
  %36 = getelementptr i8, i8* %23, i64 24, !dbg !83
  %37 = bitcast i8* %36 to i64*, !dbg !83
  store i64 0, i64* %37, align 8, !dbg !83
  %38 = getelementptr i8, i8* %23, i64 32, !dbg !83
  %39 = getelementptr i8, i8* %23, i64 40, !dbg !83
  %40 = getelementptr i8, i8* %ctx, i64 56, !dbg !83
  %41 = bitcast i8* %38 to i64*, !dbg !83
  store i64 10, i64* %41, align 8, !dbg !83
  %42 = bitcast i8* %39 to i64*, !dbg !83
  store i64 0, i64* %42, align 8, !dbg !83
  %43 = getelementptr i8, i8* %23, i64 48, !dbg !83
  %44 = bitcast i8* %43 to i64*, !dbg !83
  store i64 0, i64* %44, align 8, !dbg !83
  %45 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %39, i32 16, i8* %40) #0, !dbg !83
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !83
  %47 = icmp ugt i64 %46, 65536, !dbg !83
  %48 = select i1 %47, i64 2, i64 1, !dbg !83
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %23, i64 %48) #0, !dbg !83
  br label %rec.done3, !dbg !83

rec.lost2:                                        ; preds = %rec.done
  %49 = bitcast i32* %zero to i8*, !dbg !83
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #0, !dbg !83
  %.not10 = icmp eq i8* %50, null, !dbg !83
  br i1 %.not10, label %rec.done3, label %stat.inc4, !dbg !83

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %51 = bitcast [4 x i64]* %tmp to i8*, !dbg !84
  %52 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 1, !dbg !84
  %53 = bitcast i64* %52 to i8*, !dbg !84
  %54 = getelementptr i8, i8* %ctx, i64 36, !dbg !84
  %55 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 0, !dbg !84
  store i64 2, i64* %55, align 8, !dbg !84
  store i64 0, i64* %52, align 8, !dbg !84
  %56 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 2, !dbg !84
  store i64 0, i64* %56, align 8, !dbg !84
  %57 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %53, i32 4, i8* %54) #0, !dbg !84
  %58 = getelementptr i8, i8* %ctx, i64 26, !dbg !84
  %59 = bitcast i8* %58 to i16*, !dbg !84
  %60 = load i16, i16* %59, align 2, !dbg !84
  %61 = zext i16 %60 to i64, !dbg !84
  %62 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 3, !dbg !84
  store i64 %61, i64* %62, align 8, !dbg !84
  %63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %51) #0, !dbg !84
  %.not11 = icmp eq i8* %63, null, !dbg !84
  br i1 %.not11, label %agg.init, label %agg.have, !dbg !84

stat.inc4:                                        ; preds = %rec.lost2
  %64 = bitcast i8* %50 to i64*, !dbg !83
  %65 = load i64, i64* %64, align 8, !dbg !83
  %66 = add i64 %65, 1, !dbg !83
  store i64 %66, i64* %64, align 8, !dbg !83
  br label %rec.done3, !dbg !83

agg.done:                                         ; preds = %agg.full, %stat.inc6, %agg.have
  ret i32 0, !dbg !81

agg.have:                                         ; preds = %agg.init, %rec.done3
  %agg = phi i8* [ %63, %rec.done3 ], [ %71, %agg.init ], !dbg !84
  %67 = bitcast i8* %agg to i64*, !dbg !84
  %68 = load i64, i64* %67, align 8, !dbg !84
  %69 = add i64 %68, 1, !dbg !84
  store i64 %69, i64* %67, align 8, !dbg !84
  br label %agg.done, !dbg !84

agg.init:                                         ; preds = %rec.done3
  %70 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %51, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !84
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %51) #0, !dbg !84
  %.not12 = icmp eq i8* %71, null, !dbg !84
  br i1 %.not12, label %agg.full, label %agg.have, !dbg !84

agg.full:                                         ; preds = %agg.init
  %72 = bitcast i32* %zero to i8*, !dbg !84
  %73 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %72) #0, !dbg !84
  %.not13 = icmp eq i8* %73, null, !dbg !84
  br i1 %.not13, label %agg.done, label %stat.inc6, !dbg !84

stat.inc6:                                        ; preds = %agg.full
  %74 = getelementptr i8, i8* %73, i64 8, !dbg !84
  %75 = bitcast i8* %74 to i64*, !dbg !84
  %76 = load i64, i64* %75, align 8, !dbg !84
  %77 = add i64 %76, 1, !dbg !84
  store i64 %77, i64* %75, align 8, !dbg !84
  br label %agg.done, !dbg !84
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!72, !73}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ntop_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !54}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !52}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !45)
!45 = !{!46, !51}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 192, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 192, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 24, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !53, size: 64, align: 64, offset: 192)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !57)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 8, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 32, lowerBound: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !61)
!61 = !{!62, !67}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !63, size: 64, align: 64)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 27, lowerBound: 0)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !68, size: 64, align: 64, offset: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 262144, lowerBound: 0)
!72 = !{i32 2, !"Debug Info Version", i32 3}
!73 = !{i32 2, !"Dwarf Version", i32 4}
!74 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 2, type: !75, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !78)
!75 = !DISubroutineType(types: !76)
!76 = !{!12, !77}
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!78 = !{!79}
!79 = !DILocalVariable(name: "ctx", arg: 1, scope: !74, file: !3, line: 2, type: !77)
!80 = !DILocation(line: 2, scope: !74)
!81 = !DILocation(line: 2, column: 1, scope: !74)
!82 = !DILocation(line: 3, column: 2, scope: !74)
!83 = !DILocation(line: 4, column: 2, scope: !74)
!84 = !DILocation(line: 5, column: 2, scope: !74)
